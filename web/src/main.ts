import { createApp, provide, h } from 'vue';
import PrimeVue from 'primevue/config';
import ToastService from 'primevue/toastservice';
import ConfirmationService from 'primevue/confirmationservice';
import { DefaultApolloClient } from '@vue/apollo-composable';
import 'primeicons/primeicons.css';
import './styles.css';
import App from './App.vue';
import { router } from './router';
import { createApolloClient } from './apollo/client';
import { AccordPreset } from './theme';
import { createSession, SessionKey } from './modules/access/composables/session';
import { guardRoutes, sendToSignIn } from './modules/access/composables/guard';

const apollo = createApolloClient('/graphql', { onUnauthenticated: () => void sendToSignIn(router, session) });
const session = createSession(apollo);
guardRoutes(router, session);

const app = createApp({
  setup() {
    provide(DefaultApolloClient, apollo);
  },
  render: () => h(App),
});
app.provide(SessionKey, session);
app.use(router);
app.use(PrimeVue, {
  theme: {
    preset: AccordPreset,
    // Only the light scheme is designed and contrast-checked; a never-set class keeps the OS dark mode out.
    options: { darkModeSelector: '.accord-dark', cssLayer: false },
  },
});
app.use(ToastService);
app.use(ConfirmationService);
app.mount('#app');
