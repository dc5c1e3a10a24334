/** Sizes as people write them in data: "520K", "1.2M", "3G" (binary units), or plain bytes. */
const UNITS: Record<string, number> = { '': 1, B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

export function parseSize(text: string | number): number {
  if (typeof text === 'number') return Math.round(text);
  const match = /^\s*(\d+(?:\.\d+)?)\s*([BKMG]?)i?B?\s*$/i.exec(text);
  if (!match) return 0;
  const unit = UNITS[(match[2] ?? '').toUpperCase()] ?? 1;
  return Math.round(Number(match[1]) * unit);
}
