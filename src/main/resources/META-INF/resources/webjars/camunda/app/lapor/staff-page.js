/*
 * Runs on every page of Camunda's web apps (a custom script named in staffApp()):
 * - the language switch at the bottom right (Bahasa Indonesia <-> English);
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
if (appName === 'cockpit') {
  markReadOnlyUnlessAdmin();
  // the apps log in and out without reloading the page
  window.addEventListener('hashchange', markReadOnlyUnlessAdmin);
}
