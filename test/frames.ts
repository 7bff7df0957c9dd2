// Pages opened the way a host page would hold them: in an iframe of the test page.

export async function openFrame(src: string, width = 1280, height = 1200): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.width = `${width}px`;
  f.style.height = `${height}px`;
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  f.src = src;
  document.body.append(f);
  await loaded;
  return f;
}

/** Polls until `get` gives something (a framed page loads its modules in its own time). */
export async function until<T>(get: () => T | null | undefined | false, what: string, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
