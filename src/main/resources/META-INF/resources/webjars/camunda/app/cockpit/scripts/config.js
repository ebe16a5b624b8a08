// SP4N-LAPOR!: language, product name and scripts shared by the four web apps (see ../../lapor/staff-app.js)
import {staffApp} from '../../lapor/staff-app.js';

export default staffApp('cockpit');
