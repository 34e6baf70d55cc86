import { useRef, useState } from 'react';
import type { UiKey, UiLang } from '../i18n/strings.ts';
import { checkImage, imageErrorKey, imageProblem, type ImageCheckResponse } from './image-api.ts';

export type UploadState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'busy' }
  | { readonly phase: 'done'; readonly res: ImageCheckResponse }
  | { readonly phase: 'error'; readonly key: UiKey };

/** One picture at a time: checked in the browser first, then sent; a newer choice wins over an older answer. */
export function useImageUpload(lang: UiLang): { state: UploadState; upload: (file: File | undefined) => Promise<void>; reset: () => void; generation: number } {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  // Bumped by reset: the file input is remounted so that choosing the same file again fires onChange.
  const [generation, setGeneration] = useState(0);
  const seq = useRef(0);
  async function upload(file: File | undefined): Promise<void> {
    const mine = ++seq.current;
    if (!file) return setState({ phase: 'idle' });
    const problem = imageProblem(file);
    if (problem) return setState({ phase: 'error', key: `image.error.${problem}` });
    setState({ phase: 'busy' });
    try {
      const res = await checkImage(file, lang);
      if (mine === seq.current) setState({ phase: 'done', res });
    } catch (e) {
      if (mine === seq.current) setState({ phase: 'error', key: imageErrorKey(e) });
    }
  }
  function reset(): void {
    seq.current += 1;
    setState({ phase: 'idle' });
    setGeneration((g) => g + 1);
  }
  return { state, upload, reset, generation };
}
