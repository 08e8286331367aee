import { Injectable, Optional, type ArgumentMetadata, type PipeTransform, type Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { badInput, type FieldProblem } from '../errors/domain-error.js';

// Promise: an `Upload` argument arrives as the promise of the file, nothing to validate.
const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object, Promise]);

function flatten(errors: ValidationError[], prefix: string, out: FieldProblem[]): FieldProblem[] {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out.push({ path, message: Object.values(error.constraints).join('; ') });
    if (error.children?.length) flatten(error.children, path, out);
  }
  return out;
}

async function check(metatype: Type, value: object, prefix: string, out: FieldProblem[]): Promise<object> {
  const instance = plainToInstance(metatype, value) as object;
  flatten(await validate(instance, { forbidUnknownValues: false }), prefix, out);
  return instance;
}

/**
 * The same validation as the API's arguments, for values that arrive another way (a row of an imported file): the
 * instance and each offending field by its path under `prefix`.
 */
export async function validateInputObject<T extends object>(metatype: Type<T>, value: object, prefix = ''): Promise<{ instance: T; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const instance = (await check(metatype, value, prefix, problems)) as T;
  return { instance, problems };
}

/**
 * Validates resolver arguments whose type is an input class (globally), or a list of them (per argument:
 * `new InputValidationPipe(ItemClass)`), and refuses bad input with BAD_USER_INPUT naming each offending
 * field by its path (`input.location.latitude`, `services[2].priceFen`).
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  constructor(@Optional() private readonly items?: Type) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (this.items && Array.isArray(value)) {
      const name = metadata.data ?? 'items';
      return this.refuseProblems((problems) => Promise.all(value.map((item: object, i) => check(this.items!, item, `${name}[${i}]`, problems))));
    }
    const { metatype } = metadata;
    // Only arguments (@Args arrive as 'body'): a field resolver's @Parent() is an entity the app loaded, and copying
    // and validating it for every field of every row was a sixth of the provider finder's CPU. A scalar argument is
    // passed on at once (no promise): GraphQL has checked its type.
    if (metadata.type !== 'body') return value;
    if (!metatype || PRIMITIVES.has(metatype) || value === null || typeof value !== 'object') return value;
    return this.refuseProblems((problems) => check(metatype, value, metadata.data ?? '', problems));
  }

  private async refuseProblems(validate: (problems: FieldProblem[]) => Promise<unknown>): Promise<unknown> {
    const problems: FieldProblem[] = [];
    const result = await validate(problems);
    if (problems.length > 0) throw badInput(`Invalid input: ${problems.map((f) => f.path).join(', ')}`, problems);
    return result;
  }
}
