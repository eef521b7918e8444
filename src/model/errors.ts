// A failure caused by the input, not by Storyline: shown to the user as one line naming the input.
export class InputError extends Error {
  constructor(readonly input: string, readonly reason: string) {
    super(`${input}: ${reason}`);
    this.name = 'InputError';
  }
}
