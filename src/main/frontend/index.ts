// The entry point: Vaadin's generated one (src/main/frontend/generated/index.ts), after one import that must come first.

// Flow's client may run only the scripts listed there: the Content-Security-Policy has no 'unsafe-eval'
import './flow-scripts.js';

// import Vaadin client-router to handle client-side and server-side navigation
import { Router } from '@vaadin/router';

// import Flow module to enable navigation to Vaadin server-side views
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

const { serverSideRoutes } = new Flow({
  imports: () => import('Frontend/generated/flow/generated-flow-imports.js')
});

const routes = [
  // the server-side routes: every view of this app is a Flow view
  ...serverSideRoutes
];

// Vaadin router needs an outlet in the index.html page to display views
const router = new Router(document.querySelector('#outlet'));
router.setRoutes(routes);
