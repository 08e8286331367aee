import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, type FieldProblem } from '../../core/errors/domain-error.js';
import { ANY_LEVEL, parentRegionCode, PLACE_LEVELS, RegionLevel, regionLevelOf, unknownRegionReason } from './region-code.policy.js';

export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** Reason on a BAD_USER_INPUT whose field names a region code the division list does not hold. */
export const UNKNOWN_REGION = 'UNKNOWN_REGION';

/**
 * The administrative divisions loaded by the regions migration. They are reference data that only a migration changes,
 * so the service reads the table once (about 45,000 rows, a few MB) and answers checks and names from memory: checking
 * every row of an import or naming every line of a report costs no query.
 */
@Injectable()
export class RegionService {
  private loading: Promise<void> | null = null;
  private byCode = new Map<string, RegionRecord>();
  private childrenOf = new Map<string, RegionRecord[]>();

  constructor(private readonly dataSource: DataSource) {}

  private load(): Promise<void> {
    this.loading ??= (async () => {
      const rows: Array<{ code: string; name: string; level: RegionLevel; parent_code: string | null }> = await this.dataSource.query(
        `SELECT code, name, level, parent_code FROM regions ORDER BY code`,
      );
      for (const r of rows) {
        const record = { code: r.code, name: r.name, level: r.level, parentCode: r.parent_code };
        this.byCode.set(r.code, record);
        const key = r.parent_code ?? '';
        const siblings = this.childrenOf.get(key);
        if (siblings) siblings.push(record);
        else this.childrenOf.set(key, [record]);
      }
    })().catch((error) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  /** The region of a code; a village code is named after its township (villages are not loaded). */
  async find(code: string): Promise<RegionRecord | null> {
    await this.load();
    return this.lookup(code);
  }

  private lookup(code: string): RegionRecord | null {
    const record = this.byCode.get(code);
    if (record) return record;
    if (regionLevelOf(code) === RegionLevel.VILLAGE) {
      const township = this.byCode.get(code.slice(0, 9));
      if (township) return { code, name: `${township.name}（村/居 ${code.slice(9)}）`, level: RegionLevel.VILLAGE, parentCode: township.code };
    }
    return null;
  }

  /** The name of a code, "" (the whole country) as 全国, an unknown code as itself. */
  async nameOf(code: string): Promise<string> {
    if (code === '') return '全国';
    return (await this.find(code))?.name ?? code;
  }

  /** Names of many codes at once (for reports and loaders); unknown codes map to themselves. */
  async namesOf(codes: Iterable<string>): Promise<Map<string, string>> {
    await this.load();
    const out = new Map<string, string>();
    for (const code of codes) out.set(code, code === '' ? '全国' : (this.lookup(code)?.name ?? code));
    return out;
  }

  /** The regions one level down ("" or null: the provinces). Townships have no loaded children. */
  async children(parentCode: string | null | undefined): Promise<RegionRecord[]> {
    await this.load();
    return this.childrenOf.get(parentCode ?? '') ?? [];
  }

  /** `regions(parentCode)`: the children of a known region (an unknown parent is BAD_USER_INPUT naming it). */
  async listChildren(parentCode: string | null | undefined): Promise<RegionRecord[]> {
    if (parentCode) await this.requirePrefix(parentCode, 'parentCode');
    return this.children(parentCode);
  }

  /** The chain from the province down to the code itself. */
  async ancestry(code: string): Promise<RegionRecord[]> {
    await this.load();
    const chain: RegionRecord[] = [];
    for (let c: string | null = code; c; c = parentRegionCode(c)) {
      const r = this.lookup(c);
      if (r) chain.unshift(r);
    }
    return chain;
  }

  /** Is this a place code (county, township or village) in the division list? */
  async isKnownPlace(code: string): Promise<boolean> {
    await this.load();
    return unknownRegionReason(code, (c) => this.byCode.has(c), PLACE_LEVELS) === null;
  }

  /** A field problem when the code is not a known place (county, township or village), else null. */
  async placeProblem(code: string, path: string): Promise<FieldProblem | null> {
    await this.load();
    const reason = unknownRegionReason(code, (c) => this.byCode.has(c), PLACE_LEVELS);
    return reason ? { path, message: `${path.split('.').pop()} ${reason}` } : null;
  }

  /** A field problem when the prefix is neither "" (if allowed) nor a known region of any level, else null. */
  async prefixProblem(prefix: string, path: string, allowEmpty: boolean): Promise<FieldProblem | null> {
    if (prefix === '' && allowEmpty) return null;
    await this.load();
    const reason = unknownRegionReason(prefix, (c) => this.byCode.has(c), ANY_LEVEL);
    return reason ? { path, message: `${path.split('.').pop()} ${reason}` } : null;
  }

  /** Refuses (BAD_USER_INPUT naming the field) a code that is not a known county, township or village. */
  async requirePlace(code: string, path: string): Promise<void> {
    const problem = await this.placeProblem(code, path);
    if (problem) throw badInput('Unknown region code', [problem], UNKNOWN_REGION);
  }

  /** Refuses (BAD_USER_INPUT naming the field) a region prefix that is not a known region (or "", when allowed). */
  async requirePrefix(prefix: string, path: string, allowEmpty = false): Promise<void> {
    const problem = await this.prefixProblem(prefix, path, allowEmpty);
    if (problem) throw badInput('Unknown region code', [problem], UNKNOWN_REGION);
  }
}
