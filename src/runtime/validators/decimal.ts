/*
 * multipleOf with decimal meaning: a number is the decimal JSON.stringify
 * writes for it (its shortest round-trip form), which is what is sent and
 * what the server validates. So 0.3 is a multiple of 0.1 although
 * 0.3 / 0.1 is not an integer in binary floating point, and 2^60 is
 * 1152921504606847000. The division is exact, with BigInt.
 */

interface Decimal {
  /** value = mantissa * 10^exponent */
  mantissa: bigint;
  exponent: number;
}

function toDecimal(value: number): Decimal {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text);
  if (match === null) throw new RangeError(`not a finite number: ${text}`);
  const [, sign = "", whole = "0", fraction = "", exponent = "0"] = match;
  return { mantissa: BigInt(`${sign}${whole}${fraction}`), exponent: Number(exponent) - fraction.length };
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

export function isMultipleOf(value: number, divisor: number): boolean {
  if (Number.isSafeInteger(value) && Number.isSafeInteger(divisor)) return value % divisor === 0;
  const x = toDecimal(value);
  const d = toDecimal(divisor);
  const shift = x.exponent - d.exponent;
  return shift >= 0
    ? (x.mantissa * pow10(shift)) % d.mantissa === 0n
    : x.mantissa % (d.mantissa * pow10(-shift)) === 0n;
}
