/** Base class so callers can tell trade-kit's actionable errors from programming errors. */
export class TradeKitError extends Error {
  constructor(message: string, readonly details: string[] = []) {
    super(details.length ? `${message}\n  - ${details.join('\n  - ')}` : message);
    this.name = new.target.name;
  }
}

/** The input (order description, CLI arguments) is incomplete or inconsistent. */
export class InvalidInputError extends TradeKitError {}

/** A CEB message or DXP envelope does not conform to the GACC 202205 schema. */
export class SchemaValidationError extends TradeKitError {}

/** Turns zod issues into lines a person can act on: "lines.0.hsCode: ...". */
export function describeIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string[] {
  return issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(input)'}: ${i.message}`);
}
