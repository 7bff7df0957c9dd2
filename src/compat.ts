// Chromium 86–91 (360 安全浏览器's 极速 mode, Chrome on Windows 7 hospital PCs) lack Array.prototype.at,
// which the elements use; a build target lowers syntax, not library calls. Defined only where missing, with
// the built-in's shape (non-enumerable), so a host page that has it sees no difference.
if (!Array.prototype.at) {
  Object.defineProperty(Array.prototype, 'at', {
    configurable: true,
    writable: true,
    value: function at<T>(this: T[], index: number): T | undefined {
      const n = Math.trunc(index) || 0;
      return this[n < 0 ? this.length + n : n];
    },
  });
}
export {};
