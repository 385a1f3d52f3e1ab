/**
 * A survey CSV as an Italian online-form tool exports it: byte-order mark,
 * `;` separator, Italian headers, dd/mm/yyyy dates. Row i answers NPS i % 11,
 * CSAT 1 + i % 5 and reliability 1 + i % 7, on a day of May 2026.
 */
export function surveyCsv(rows: number): string {
  const lines = [
    'Data;Cliente;Quanto consiglieresti lo studio? (0-10);Soddisfazione (1-5);Affidabilità;Commento',
  ];
  for (let i = 0; i < rows; i += 1) {
    const day = String(1 + (i % 19)).padStart(2, '0');
    lines.push(`${day}/05/2026;;${i % 11};${1 + (i % 5)};${1 + (i % 7)};"Risposta ${i + 1}; grazie"`);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** How many rows of {@link surveyCsv} open a follow-up: a detractor (0–6) or a CSAT of 1–2. */
export function followUpsIn(rows: number): number {
  let count = 0;
  for (let i = 0; i < rows; i += 1) if (i % 11 <= 6 || 1 + (i % 5) <= 2) count += 1;
  return count;
}
