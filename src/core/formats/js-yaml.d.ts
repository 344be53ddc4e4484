/** The part of js-yaml 3.x (the version gray-matter 4 uses) that the front matter reader uses. */
declare module 'js-yaml' {
  /** A set of YAML types a document may use; none of the exported ones can run code. */
  export interface Schema {
    readonly __schemaBrand?: never;
  }
  /** Strings, sequences and mappings only. */
  export const FAILSAFE_SCHEMA: Schema;
  /** FAILSAFE plus null, booleans and numbers as JSON spells them. */
  export const JSON_SCHEMA: Schema;
  /** JSON plus YAML 1.2's other spellings of null, booleans and numbers (no timestamps, no `!!js/*`). */
  export const CORE_SCHEMA: Schema;

  export interface LoadOptions {
    schema?: Schema;
    filename?: string;
    json?: boolean;
  }

  /** Parses one YAML document with a safe schema; throws `YAMLException` on invalid input. */
  export function safeLoad(input: string, options?: LoadOptions): unknown;

  export class YAMLException extends Error {
    /** What is wrong, without the position. */
    reason: string;
  }
}
