/**
 * Mantine's light alerts colour their title with shade 6, below AA contrast on
 * the tinted background for grey, blue and orange; the body text colour passes.
 */
export const readableAlertTitle = { title: { color: 'var(--mantine-color-text)' } } as const;
