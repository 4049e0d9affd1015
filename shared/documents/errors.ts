/** Input that cannot make a lawful document (e.g. a refusal without grounds). Message names the field. */
export class DocumentInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'DocumentInputError';
    this.field = field;
  }
}
