// Bench fixture: "Các tin khác" as a Splide carousel. The page generator
// gives the list Splide's markup (.splide > .splide__track > .splide__list).
// One card per view with the next one peeking, as our carousel shows on a phone.
(function () {
  new window.Splide('#cac-tin-khac', {
    perPage: 1,
    gap: '1rem',
    padding: { right: '15%' },
    i18n: { prev: 'Tin trước', next: 'Tin sau', first: 'Về tin đầu', last: 'Đến tin cuối' },
  }).mount();
  window.benchReady('carousel');
})();
