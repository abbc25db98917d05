/*
 * The file name of a pooled module (a type under types/, a validator module
 * under validators/): the schema's name, so editors and error messages show
 * `ChatCompletionTool`, not a hash, plus 12 hex digits of its content hash, so
 * two different `Message` schemas never meet. Only ASCII letters, digits, `_`
 * and `-`, at most 60 characters before the hash, never a Windows device name.
 */

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export function pooledFileStem(componentName: string, hash: string): string {
  let base = componentName.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 60);
  if (base === "" || WINDOWS_DEVICE.test(base)) base = `_${base}`;
  return `${base}.${hash.slice(0, 12)}`;
}
