/**
 * The page may load only what ships inside the app: no remote scripts, styles,
 * fonts or connections. Inline styles are allowed because Mantine writes its
 * theme variables into a style element and Recharts positions with style
 * attributes; scripts stay strictly same-origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
