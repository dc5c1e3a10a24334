// django.contrib.admin's static files (django/contrib/admin/static/admin/...), which
// `manage.py collectstatic` copies into STATIC_ROOT. The file names per feature line are the
// real ones: 6.0's set (130 files: "130 static files copied" with Django 6.0.1, and public
// trees of a 6.0 site-packages), 5.1/5.2's (127: a Django 5.2.7 project's staticfiles listing,
// "0 static files copied ..., 127 unmodified"), and 4.2's (125, the count 4.2 projects print).
// Which line 5.0 follows is not verified (taken as 4.2's). Sizes are approximate (bytes,
// rounded from the wheels; the vendored jQuery 3.7.1, Select2 4.0.13 and XRegExp 3.2.0 dominate).

/** `dir: name size name size ...` lines; a line's names live in its folder. */
const COMMON = `
css: autocomplete.css 9100 base.css 22100 changelists.css 6900 dark_mode.css 2800 dashboard.css 440 forms.css 9100 login.css 950 nav_sidebar.css 2800 responsive.css 16600 responsive_rtl.css 1900 rtl.css 4800 widgets.css 12100
css/vendor/select2: LICENSE-SELECT2.md 1090 select2.css 17360 select2.min.css 14970
img: calendar-icons.svg 2460 icon-addlink.svg 330 icon-alert.svg 500 icon-calendar.svg 1090 icon-changelink.svg 380 icon-clock.svg 680 icon-deletelink.svg 390 icon-no.svg 560 icon-unknown-alt.svg 650 icon-unknown.svg 650 icon-viewlink.svg 580 icon-yes.svg 430 inline-delete.svg 560 search.svg 460 selector-icons.svg 3290 sorting-icons.svg 1100 tooltag-add.svg 330 tooltag-arrowright.svg 280
js: SelectBox.js 4530 SelectFilter2.js 15850 actions.js 8080 autocomplete.js 1020 calendar.js 9140 cancel.js 880 change_form.js 610 core.js 6210 filters.js 980 inlines.js 15630 jquery.init.js 350 nav_sidebar.js 3060 popup_response.js 550 prepopulate.js 1530 prepopulate_init.js 590 theme.js 1650 urlify.js 7890
js/admin: DateTimeShortcuts.js 19590 RelatedObjectLookups.js 9620
js/vendor/jquery: LICENSE.txt 1090 jquery.js 285310 jquery.min.js 87530
js/vendor/select2: LICENSE.md 1090 select2.full.js 173570 select2.full.min.js 79210
js/vendor/xregexp: LICENSE.txt 1100 xregexp.js 325800 xregexp.min.js 163000
`;

/** Select2 4.0.13's translations, each about a kilobyte. */
const SELECT2_I18N =
  'af ar az bg bn bs ca cs da de dsb el en es et eu fa fi fr gl he hi hr hsb hu hy id is it ja ka km ko lt lv mk ms nb ne nl pl ps pt-BR pt ro ru sk sl sq sr-Cyrl sr sv th tk tr uk vi zh-CN zh-TW';

/** What each feature line adds to the common set. */
const BY_LINE: Record<'4.2' | '5.1' | '6.0', string> = {
  '4.2': `
img: LICENSE 1100 README.txt 320
img/gis: move_vertex_off.svg 1130 move_vertex_on.svg 1130
js: collapse.js 1800`,
  '5.1': `
css: unusable_password_field.css 660
img: LICENSE 1100 README.txt 320 icon-hidelink.svg 780
img/gis: move_vertex_off.svg 1130 move_vertex_on.svg 1130
js: unusable_password_field.js 1340`,
  '6.0': `
css: unusable_password_field.css 660
img: README.md 560 icon-hidelink.svg 780 icon-alert-dark.svg 500 icon-debug.svg 620 icon-debug-dark.svg 620 icon-info.svg 560 icon-info-dark.svg 560 icon-no-dark.svg 560 icon-yes-dark.svg 430`,
};

export interface StaticFile {
  /** Relative to site-packages. */
  path: string;
  size: number;
}

function expand(lines: string): StaticFile[] {
  const files: StaticFile[] = [];
  for (const line of lines.trim().split('\n')) {
    const [dir = '', rest = ''] = line.split(': ');
    const words = rest.split(' ');
    for (let i = 0; i + 1 < words.length; i += 2)
      files.push({
        path: `django/contrib/admin/static/admin/${dir}/${words[i]}`,
        size: Number(words[i + 1]),
      });
  }
  return files;
}

function lineOf(version: string): keyof typeof BY_LINE {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major >= 6) return '6.0';
  return major === 5 && minor >= 1 ? '5.1' : '4.2';
}

/** The admin's static files of a Django release (4.2 and later; older ones take 4.2's). */
export function djangoAdminStatic(version: string): StaticFile[] {
  const i18n = SELECT2_I18N.split(' ')
    .map((lang, i) => `${lang}.js ${900 + ((i * 37) % 500)}`)
    .join(' ');
  return [
    ...expand(COMMON),
    ...expand(`js/vendor/select2/i18n: ${i18n}`),
    ...expand(BY_LINE[lineOf(version)]),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
