import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/**
 * Display preferences kept in the browser: large type and high contrast (many family users are older themselves),
 * and an optional map tile URL (maps plot by coordinates with no online tiles unless one is set).
 */
export interface Prefs {
  largeType: boolean;
  highContrast: boolean;
  /** e.g. `https://tiles.example.org/{z}/{x}/{y}.png`; empty: no tiles, points on a coordinate plane. */
  tileUrl: string;
}

const KEY = 'yiyang.prefs';
const DEFAULTS: Prefs = { largeType: false, highContrast: false, tileUrl: '' };

export function readPrefs(): Prefs {
  try {
    return { ...DEFAULTS, ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Prefs>) };
  } catch {
    return DEFAULTS;
  }
}

const PrefsContext = createContext<{ prefs: Prefs; setPrefs: (patch: Partial<Prefs>) => void }>({
  prefs: DEFAULTS,
  setPrefs: () => undefined,
});

export function PrefsProvider({ children }: { children: ReactNode }) {
  const [prefs, setState] = useState<Prefs>(readPrefs);
  useEffect(() => {
    localStorage.setItem(KEY, JSON.stringify(prefs));
    document.documentElement.dataset.largeType = String(prefs.largeType);
    document.documentElement.dataset.highContrast = String(prefs.highContrast);
  }, [prefs]);
  return <PrefsContext.Provider value={{ prefs, setPrefs: (patch) => setState((p) => ({ ...p, ...patch })) }}>{children}</PrefsContext.Provider>;
}

export const usePrefs = () => useContext(PrefsContext);
