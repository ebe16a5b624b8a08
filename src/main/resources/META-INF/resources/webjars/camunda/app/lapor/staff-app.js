/*
 * SP4N-LAPOR! settings shared by Camunda's four web apps (Tasklist, Cockpit, Admin, Welcome). Each app's
 * scripts/config.js is a one-line call of staffApp(); Camunda loads that file as its configuration.
 *
 * Language: Bahasa Indonesia unless the user chose English with the switch at the bottom of every page
 * (kept in the browser's localStorage under "lapor.language"). Only the chosen language is offered to Camunda,
 * so a browser set to English still gets Indonesian until the user switches.
 */
export const LANGUAGE_KEY = 'lapor.language';

export function chosenLanguage() {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'id';
  } catch (e) {
    return 'id';
  }
}

const NAMES = {
  welcome: {id: 'Beranda', en: 'Welcome'},
  tasklist: {id: 'Tasklist', en: 'Tasklist'},
  cockpit: {id: 'Cockpit', en: 'Cockpit'},
  admin: {id: 'Admin', en: 'Admin'}
};

export function staffApp(app, settings = {}) {
  const language = chosenLanguage();
  document.documentElement.lang = language;
  return {
    // the header and the browser tab read "SP4N-LAPOR! – Tasklist"
    app: {vendor: 'SP4N-LAPOR! –', name: NAMES[app][language]},
    locales: {availableLocales: [language], fallbackLocale: language},
    dateFormat: {normal: 'LLL', long: 'LLLL'},
    customScripts: ['../lapor/staff-page'],
    ...settings
  };
}
