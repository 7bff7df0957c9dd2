// The part of the custom-elements manifest schema (v2) that .storybook/manifest.ts reads.
export interface ClassMember {
  kind: 'field' | 'method';
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
  [key: string]: unknown;
}
export interface CustomElementDeclaration {
  kind: 'class';
  name: string;
  tagName: string;
  members?: ClassMember[];
  [key: string]: unknown;
}
export type Declaration = CustomElementDeclaration | { kind: string; name: string; [key: string]: unknown };
export interface Module { kind: string; path: string; declarations?: Declaration[]; [key: string]: unknown }
export interface Package { schemaVersion: string; modules: Module[]; [key: string]: unknown }
