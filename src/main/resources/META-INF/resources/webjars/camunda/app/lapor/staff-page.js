/*
 * Runs on every page of Camunda's web apps (a custom script named in staffApp()):
 * - the language switch at the bottom right (Bahasa Indonesia <-> English);
 * - in Tasklist, the few English words that Camunda Forms (form-js) writes itself, which no locale file reaches:
 *   validation messages ("Field is required."), the select's "Select", the search's "No results";
 * - in Cockpit, marks the page read-only (class "lapor-read-only" on <html>) for users outside the camunda-admin
 *   group (auditors, supervisors, process designers), so staff-apps.css hides the buttons that would only end in a
 *   permission error (suspend, cancel, edit, delete, modify, retry). The engine's authorizations still decide; this
 *   only spares people a button they may not use.
 */
import {chosenLanguage, LANGUAGE_KEY} from './staff-app.js';

const ADMIN_GROUP = 'camunda-admin';
const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root');
const appName = base.getAttribute('app-name');

function addLanguageSwitch() {
  const current = chosenLanguage();
  const link = document.createElement('a');
  link.href = '#';
  link.className = 'lapor-language-switch';
  link.lang = current === 'id' ? 'en' : 'id';
  link.textContent = current === 'id' ? 'English' : 'Bahasa Indonesia';
  link.title = current === 'id' ? 'Show the staff apps in English' : 'Tampilkan aplikasi staf dalam Bahasa Indonesia';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    window.localStorage.setItem(LANGUAGE_KEY, current === 'id' ? 'en' : 'id');
    window.location.reload();
  });
  document.body.appendChild(link);
}

async function markReadOnlyUnlessAdmin() {
  const root = document.documentElement;
  try {
    const user = await fetch(appRoot + '/api/admin/auth/user/default', {credentials: 'same-origin'});
    if (!user.ok) {
      root.classList.remove('lapor-read-only');
      return;
    }
    const {userId} = await user.json();
    const groups = await fetch(appRoot + '/api/engine/engine/default/identity/groups?userId='
        + encodeURIComponent(userId), {credentials: 'same-origin'});
    const admin = groups.ok && (await groups.json()).groups.some((group) => group.id === ADMIN_GROUP);
    root.classList.toggle('lapor-read-only', !admin);
  } catch (e) {
    root.classList.add('lapor-read-only');
  }
}

if (document.body) {
  addLanguageSwitch();
} else {
  document.addEventListener('DOMContentLoaded', addLanguageSwitch);
}
/** form-js's own English texts and their Indonesian; matched on a whole text node. */
const FORM_WORDS = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Paling banyak ${n} karakter.`],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Paling sedikit ${n} karakter.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Paling besar ${n}.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Paling kecil ${n}.`],
  [/^Field must match pattern (.+)\.$/, (p) => `Isian tidak sesuai pola ${p}.`],
  [/^Field must be a valid email\.$/, () => 'Isi alamat e-mail yang benar.'],
  [/^Select$/, () => 'Pilih'],
  [/^Search$/, () => 'Cari'],
  [/^No results$/, () => 'Tidak ada hasil']
];

function translateFormWords(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement || !node.parentElement.closest('.fjs-container')) {
      continue;
    }
    const text = node.nodeValue.trim();
    for (const [pattern, word] of FORM_WORDS) {
      const match = pattern.exec(text);
      if (match) {
        node.nodeValue = word(...match.slice(1));
        break;
      }
    }
  }
}

if (appName === 'tasklist' && chosenLanguage() === 'id') {
  new MutationObserver((changes) => changes.forEach((change) => {
    const target = change.type === 'characterData' ? change.target.parentElement : change.target;
    if (target) {
      translateFormWords(target);
    }
  })).observe(document.documentElement, {childList: true, characterData: true, subtree: true});
}

if (appName === 'cockpit') {
  markReadOnlyUnlessAdmin();
  // the apps log in and out without reloading the page
  window.addEventListener('hashchange', markReadOnlyUnlessAdmin);
}
