// Bundlers replace `process.env.NODE_ENV` (React needs it too); without a bundler there is no `process`.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/** True in development builds: for warnings a production bundle leaves out. */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
