import { nextTick } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import type { Capabilities, Section } from '../modules/access/composables/capabilities';

declare module 'vue-router' {
  interface RouteMeta {
    /** Which main navigation entry is current. */
    section?: Section;
    /** Document title, until the page knows a better one. */
    title?: string;
    /** Open to anyone, signed in or not (the sign-in page). Every other page needs a session. */
    public?: boolean;
    /** Who may open the page; for anyone else the address does not exist. */
    allow?: (c: Capabilities) => boolean;
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/sign-in', name: 'sign-in', component: () => import('../modules/access/views/SignInView.vue'), meta: { public: true, title: 'Sign in' } },
  { path: '/', name: 'portfolio', component: () => import('../modules/portfolio/views/HomeView.vue'), meta: { section: 'portfolio', title: 'Portfolio' } },
  { path: '/account', name: 'account', component: () => import('../modules/access/views/AccountView.vue'), meta: { section: 'account', title: 'My account' } },
  { path: '/users', name: 'users', component: () => import('../modules/access/views/UsersView.vue'), meta: { section: 'users', title: 'Users', allow: (c) => c.manageUsers } },
  {
    path: '/iati/import',
    name: 'iati-import',
    component: () => import('../modules/iati-import/views/IatiImportView.vue'),
    meta: { section: 'portfolio', title: 'Import IATI activities', allow: (c) => c.isAdmin },
  },
  { path: '/users/:id', name: 'user', component: () => import('../modules/access/views/UserView.vue'), props: true, meta: { section: 'users', title: 'User', allow: (c) => c.manageUsers } },
  {
    path: '/programmes/new',
    name: 'programme-new',
    component: () => import('../modules/programme/views/ProgrammeFormView.vue'),
    meta: { section: 'portfolio', title: 'New programme', allow: (c) => c.createProgramme },
  },
  { path: '/programmes/:id', name: 'programme', component: () => import('../modules/programme/views/ProgrammeView.vue'), props: true, meta: { section: 'portfolio', title: 'Programme' } },
  { path: '/programmes/:id/report', name: 'programme-report', component: () => import('../modules/programme/report/ProgrammeReportView.vue'), props: true, meta: { section: 'portfolio', title: 'Programme report' } },
  {
    path: '/programmes/:id/finance',
    name: 'programme-finance',
    component: () => import('../modules/finance/programme/views/ProgrammeFinanceView.vue'),
    props: true,
    meta: { section: 'portfolio', title: 'Programme finance' },
  },
  {
    path: '/programmes/:id/edit',
    name: 'programme-edit',
    component: () => import('../modules/programme/views/ProgrammeFormView.vue'),
    props: true,
    meta: { section: 'portfolio', title: 'Edit programme' },
  },
  {
    path: '/projects/new',
    name: 'project-new',
    component: () => import('../modules/project/views/ProjectFormView.vue'),
    meta: { section: 'portfolio', title: 'New project', allow: (c) => c.createProject },
  },
  { path: '/projects/:id', name: 'project', component: () => import('../modules/project/views/ProjectView.vue'), props: true, meta: { section: 'portfolio', title: 'Project' } },
  {
    path: '/projects/:id/logframe',
    name: 'project-logframe',
    component: () => import('../modules/logframe/views/LogframeView.vue'),
    props: true,
    meta: { section: 'portfolio', title: 'Logframe' },
  },
  {
    path: '/projects/:id/finance',
    name: 'project-finance',
    component: () => import('../modules/finance/views/ProjectFinanceView.vue'),
    props: true,
    meta: { section: 'portfolio', title: 'Finance' },
  },
  { path: '/projects/:id/report', name: 'project-report', component: () => import('../modules/reporting/views/ReportPeriodView.vue'), props: true, meta: { section: 'portfolio', title: 'Report a period' } },
  { path: '/projects/:id/approvals', name: 'project-approvals', component: () => import('../modules/reporting/views/ApprovalsView.vue'), props: true, meta: { section: 'portfolio', title: 'Approve reports' } },
  { path: '/programmes/:id/reporting', name: 'programme-reporting', component: () => import('../modules/reporting/views/ProgrammeReportingView.vue'), props: true, meta: { section: 'portfolio', title: 'Reporting' } },
  { path: '/projects/:id/edit', name: 'project-edit', component: () => import('../modules/project/views/ProjectFormView.vue'), props: true, meta: { section: 'portfolio', title: 'Edit project' } },
  {
    path: '/organisations',
    name: 'organisations',
    component: () => import('../modules/organisation/views/OrganisationsView.vue'),
    meta: { section: 'organisations', title: 'Organisations' },
  },
  {
    path: '/exchange-rates',
    name: 'exchange-rates',
    component: () => import('../modules/finance/rates/views/ExchangeRatesView.vue'),
    meta: { section: 'exchange-rates', title: 'Exchange rates' },
  },
  { path: '/knowledge', name: 'knowledge', component: () => import('../modules/knowledge/views/KnowledgeView.vue'), meta: { section: 'knowledge', title: 'Knowledge' } },
  {
    path: '/knowledge/new',
    name: 'knowledge-new',
    component: () => import('../modules/knowledge/views/KnowledgeFormView.vue'),
    meta: { section: 'knowledge', title: 'New knowledge item', allow: (c) => c.writeKnowledge },
  },
  { path: '/knowledge/:id', name: 'knowledge-item', component: () => import('../modules/knowledge/views/KnowledgeItemView.vue'), props: true, meta: { section: 'knowledge', title: 'Knowledge item' } },
  {
    path: '/knowledge/:id/edit',
    name: 'knowledge-edit',
    component: () => import('../modules/knowledge/views/KnowledgeFormView.vue'),
    props: true,
    meta: { section: 'knowledge', title: 'Edit knowledge item', allow: (c) => c.writeKnowledge },
  },
  { path: '/projects', name: 'projects', component: () => import('../modules/portfolio/views/ProjectsView.vue'), meta: { section: 'projects', title: 'Projects' } },
  { path: '/countries/:code', name: 'country', component: () => import('../modules/portfolio/views/CountryView.vue'), props: true, meta: { section: 'portfolio', title: 'Country' } },
  { path: '/focus-areas/:code', name: 'focus-area', component: () => import('../modules/portfolio/views/FocusAreaView.vue'), props: true, meta: { section: 'portfolio', title: 'Focus area' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../components/ui/NotFoundView.vue'), meta: { title: 'Page not found' } },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash, top: 16 } : { top: 0 }),
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
