/** The weekly counts for a page: read once, then followed as the background adds to them. */
import { useEffect, useState } from "preact/hooks";
import { loadProgress, onPracticeChanged } from "../shared/practice-storage";
import type { ParsedProgress } from "../shared/progress";

/** null until the first read has answered. */
export function useProgress(): ParsedProgress | null {
  const [parsed, setParsed] = useState<ParsedProgress | null>(null);
  useEffect(() => {
    let live = true;
    // A change that lands before the first read answers is newer than what that read returns.
    let changed = false;
    void loadProgress().then((p) => {
      if (live && !changed) setParsed(p);
    });
    let stop: (() => void) | undefined;
    try {
      stop = onPracticeChanged({
        progress: (p) => {
          changed = true;
          if (live) setParsed(p);
        },
      });
    } catch {
      // No change events: the page shows what it read.
    }
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  return parsed;
}
