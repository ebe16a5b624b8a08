// SP4N-LAPOR!: language, product name and scripts shared by the four web apps (see ../../lapor/staff-app.js)
import {staffApp} from '../../lapor/staff-app.js';

export default staffApp('tasklist', {
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'ambil tugas yang dipilih / claims the selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'fokus ke filter pertama / focus the first filter'},
    focusList: {key: 'ctrl+alt+l', description: 'fokus ke tugas pertama di daftar / focus the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'fokus ke isian pertama formulir / focus the first field of the form'},
    startProcess: {key: 'ctrl+alt+p', description: 'buka dialog mulai proses / open the start process dialog'}
  }
});
