import { IsInt, Min } from 'class-validator';
import { InputValidationPipe } from './input-validation.pipe.js';

class Input {
  @IsInt() @Min(0)
  count!: number;
}

describe('InputValidationPipe', () => {
  const pipe = new InputValidationPipe();

  it('validates arguments (@Args arrive as body) into instances of their class', async () => {
    const out = await pipe.transform({ count: 2 }, { type: 'body', metatype: Input, data: 'input' });
    expect(out).toBeInstanceOf(Input);
    await expect(pipe.transform({ count: -1 }, { type: 'body', metatype: Input, data: 'input' })).rejects.toMatchObject({
      message: 'Invalid input: input.count',
    });
  });

  it('leaves a field resolver\'s parent and custom parameters as they are (same object, not validated)', async () => {
    const parent = { count: -1 };
    expect(await pipe.transform(parent, { type: 'custom', metatype: Input, data: undefined })).toBe(parent);
  });
});
