// Type-checked (never run) against the installed package by
// tests/e2e/package.spec.mjs. Correct use compiles; every misuse below is
// marked as an expected error, so declarations that were `any` would fail.
import PortalWidgets, { mount, mountAll, get, ready, version } from 'portal-widgets';
import type { CarouselInstance, ChangeDetail, ErrorDetail } from 'portal-widgets';

export async function enhance(article: HTMLElement): Promise<string> {
  await ready;
  const sizes = await mount<'font-scale'>(article, { default: 125, steps: [100, 125, 150] });
  const percent: number = sizes.percent;
  sizes.destroy();

  await mountAll(document.body);
  const found = get(article);
  if (found && found.type === 'carousel') {
    const carousel: CarouselInstance = found;
    carousel.goToPage(carousel.pageCount - 1);
  }
  if (found && found.type === 'gallery') found.open(2);

  article.addEventListener('pw:change', (event) => {
    const detail: ChangeDetail = event.detail;
    if ('percent' in detail) console.log(detail.level);
  });
  document.addEventListener('pw:error', (event) => {
    const problem: ErrorDetail = event.detail;
    console.log(problem.code, problem.message);
  });
  window.PortalWidgets?.mountAll();

  // @ts-expect-error a font-scale default is a number of percent
  await mount<'font-scale'>(article, { default: '125' });
  // @ts-expect-error the gallery has no such option
  await mount<'gallery'>(article, { autoplay: true });
  // @ts-expect-error not narrowed: only a carousel has goToPage()
  get(article)?.goToPage(1);
  article.addEventListener('pw:error', (event) => {
    // @ts-expect-error the code is text
    event.detail.code.toFixed();
  });
  // @ts-expect-error no such widget
  await mount<'slider'>(article);

  return version + PortalWidgets.version + percent;
}
