import { nextTick } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Which main navigation entry is current. */
    section?: 'portfolio' | 'organisations';
    /** Document title, until the page knows a better one. */
    title?: string;
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'portfolio', component: () => import('../modules/portfolio/views/PortfolioView.vue'), meta: { section: 'portfolio', title: 'Portfolio' } },
  { path: '/programmes/new', name: 'programme-new', component: () => import('../modules/programme/views/ProgrammeFormView.vue'), meta: { section: 'portfolio', title: 'New programme' } },
  { path: '/programmes/:id', name: 'programme', component: () => import('../modules/programme/views/ProgrammeView.vue'), props: true, meta: { section: 'portfolio', title: 'Programme' } },
  {
    path: '/programmes/:id/edit',
    name: 'programme-edit',
    component: () => import('../modules/programme/views/ProgrammeFormView.vue'),
    props: true,
    meta: { section: 'portfolio', title: 'Edit programme' },
  },
  { path: '/projects/new', name: 'project-new', component: () => import('../modules/project/views/ProjectFormView.vue'), meta: { section: 'portfolio', title: 'New project' } },
  { path: '/projects/:id', name: 'project', component: () => import('../modules/project/views/ProjectView.vue'), props: true, meta: { section: 'portfolio', title: 'Project' } },
  {
    path: '/projects/:id/logframe',
    name: 'project-logframe',
    component: () => import('../modules/logframe/views/LogframeView.vue'),
    props: true,
    meta: { section: 'portfolio', title: 'Logframe' },
  },
  { path: '/projects/:id/edit', name: 'project-edit', component: () => import('../modules/project/views/ProjectFormView.vue'), props: true, meta: { section: 'portfolio', title: 'Edit project' } },
  {
    path: '/organisations',
    name: 'organisations',
    component: () => import('../modules/organisation/views/OrganisationsView.vue'),
    meta: { section: 'organisations', title: 'Organisations' },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../components/ui/NotFoundView.vue'), meta: { title: 'Page not found' } },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

export function setTitle(title: string | undefined): void {
  document.title = title ? `${title} · Accord` : 'Accord';
}

router.afterEach((to, from) => {
  setTitle(to.meta.title);
  // A changed query (filters, tabs) is the same page: keep focus where the user is working.
  if (!from.matched.length || to.path === from.path) return;
  // A new page: move focus to the content so keyboard and screen-reader users start from its top.
  void nextTick(() => document.getElementById('main')?.focus({ preventScroll: true }));
});
