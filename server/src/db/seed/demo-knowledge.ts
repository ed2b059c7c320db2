import type { EntityManager } from '@mikro-orm/postgresql';
import { KnowledgeKind } from '../../modules/knowledge/knowledge.entity.js';
import { createKnowledgeItem, createTrendNote } from '../../modules/knowledge/knowledge.service.js';

/**
 * The demo's knowledge network: best practices and lessons learned drawn from the demo projects (named by their
 * IATI identifiers), and trend notes for the focus areas and countries of the demo portfolio. The texts are
 * illustrative, like the rest of the demo; they name organisations, never people. Several items are about border
 * management, so that a search for "border" shows ranking and highlighted snippets.
 */

interface Keys {
  organisation: (key: string) => string;
  project: (iatiIdentifier: string) => string;
}

const P = (suffix: string) => `XM-DAC-41128-DEMO-PRG-${suffix}`;
const Q = (suffix: string) => `XM-DAC-41114-DEMO-PRG-${suffix}`;
const { BEST_PRACTICE: BP, LESSON_LEARNED: LL } = KnowledgeKind;

type Item = [kind: KnowledgeKind, title: string, summary: string, body: string, publishedOn: string, focusAreas: string[], countries: string[], projects: string[], author: string];

const ITEMS: Item[] = [
  [BP, 'Joint border posts: one stop for two border services', 'Customs, police and immigration officers of two neighbouring countries work side by side at one border post, with one inspection instead of two.',
    `## What was done\nAt two crossings between Burkina Faso and Mali the border agencies of both countries agreed to share one post. Travellers and lorries are **inspected once**, by a mixed team.\n\n## Why it worked\n- A bilateral agreement settled who may search, seize and arrest on which side of the line.\n- Both services use one risk list for vehicles and one log of referrals of possible smuggled migrants.\n- Shift patterns were aligned, so that the joint team is complete at night too.\n\n## Results\nWaiting times fell, and referrals of people in need of protection rose, because officers no longer passed travellers on to "the other side".`,
    '2025-04-14', ['TIP_SOM', 'ILLICIT_COMMODITIES'], ['BF', 'ML'], [P('TIP-04'), P('FIR-04')], 'iom'],
  [BP, 'Border liaison offices for cross-border information exchange', 'Small liaison offices on each side of the border let drug control, customs and border guards exchange information within hours instead of weeks.',
    `Each **border liaison office** has a duty officer from every agency present at the crossing and a secure line to its counterpart across the border.\n\n1. Seizure reports are shared the same day, in a common format.\n2. Joint analysis meetings take place monthly.\n3. Requests that need a prosecutor go through the central authority, so that evidence remains admissible.\n\nOfficers said the offices mattered most for *controlled deliveries*, which fail when the other side learns of them too late.`,
    '2024-10-02', ['ILLICIT_COMMODITIES'], ['TJ'], [P('DRG-01')], 'unodc'],
  [LL, 'Pre-arrival passenger information: start with the data you can act on', 'Collecting advance passenger information at airports helped only once a targeting unit existed to read it; the systems came first and waited a year for staff.',
    `### What happened\nThe project installed the software to receive **pre-arrival passenger information** from airlines before the border agencies had agreed who would analyse it.\n\n### What we would do differently\n- Set up the passenger information unit, its legal basis and data protection rules *before* connecting airlines.\n- Start with the routes where smuggling of migrants and foreign terrorist fighters is a known risk.\n- Train border officers on what a match means, and on the rights of the person stopped.`,
    '2025-02-20', ['TIP_SOM', 'TERRORISM_PREVENTION'], ['NG', 'NE'], [P('TIP-02'), P('TER-03')], 'iom'],
  [LL, 'Protection-sensitive screening needs interpreters at the border', 'Screening of migrants for protection needs failed where no interpreter was available; a roster of community interpreters on call solved most cases.',
    `Border officers trained on screening still could not identify victims of trafficking among migrants when they could not talk with them. A **roster of interpreters** reachable by phone, paid per call, covered the main languages along the route.\n\nLesson: budget interpretation as a running cost, not as training.`,
    '2024-06-18', ['TIP_SOM'], ['NE', 'ML'], [P('TIP-02')], 'ohchr'],
  [BP, 'National referral mechanisms that victims can actually reach', 'A referral mechanism works when every first contact — labour inspector, police officer, nurse or teacher — knows one number to call and what happens next.',
    `## The practice\nThe **national referral mechanism** was reduced to one page: who identifies, who is called, and who provides shelter, medical care and legal aid within 24 hours.\n\n## Details\n- A hotline run by an NGO takes calls day and night and dispatches the case to the nearest shelter.\n- Victims identified at border crossings are referred through the same hotline rather than a separate immigration channel.\n- Each referral is logged, so that the time from identification to assistance can be followed.`,
    '2025-06-30', ['TIP_SOM'], ['CI', 'GH', 'NG'], [P('TIP-03'), P('TIP-01')], 'wanvs'],
  [LL, 'Standard operating procedures alone do not make referral work', 'Agencies signed referral procedures, but cases were still lost between them until one agency was made responsible for following each case.',
    `The procedures described every step, but no one was **accountable for the whole path** of a victim. Cases dropped when a shelter was full or a police officer was transferred.\n\nWhat helped:\n- a case manager for every identified victim;\n- a monthly meeting to review open cases;\n- small flexible funds for transport and documents.`,
    '2024-03-08', ['TIP_SOM'], ['CI'], [P('TIP-03')], 'unwomen'],
  [BP, 'Parallel financial investigations for every serious corruption case', 'Opening a financial investigation alongside each serious corruption case traced assets early enough to freeze them before they were moved.',
    `Investigators and financial analysts are assigned to a case **together**. Bank, land and company records are requested in the first week.\n\n- The financial intelligence unit gives priority to requests from these teams.\n- Provisional measures (freezing, seizure) are prepared with the prosecutor from the start.\n- Assets abroad are traced through the asset recovery inter-agency networks.\n\nThe approach supports **asset recovery** under chapter V of the UN Convention against Corruption.`,
    '2025-09-12', ['CORRUPTION'], ['ID'], [Q('COR-02')], 'undp'],
  [LL, 'Non-conviction-based confiscation needs specialised prosecutors', 'Laws allowing non-conviction-based confiscation were rarely used until a specialised unit of prosecutors and financial investigators took the cases.',
    `**Non-conviction-based confiscation** lets a court confiscate proceeds of crime when the owner cannot be convicted, for instance because they fled or died. Prosecutors unfamiliar with the civil standard of proof hesitated to use it.\n\nA specialised unit, with its own financial investigators and guidance on the standard of proof, brought the first cases within a year. Safeguards for third parties acting in good faith were written into its procedures from the start.`,
    '2024-12-05', ['CORRUPTION', 'CONFLICT_CRIME'], ['ID', 'CO'], [Q('COR-02'), Q('CCR-01')], 'ctcs'],
  [BP, 'HIV prevention in prisons: a comprehensive package, not a single intervention', 'Prisons that offered the whole package — information, condoms, testing, treatment and harm reduction — reduced new infections more than those that offered testing alone.',
    `## Elements of the package\n1. Information and education for people in prison *and* for staff.\n2. Condoms and lubricants, available discreetly.\n3. Voluntary HIV, TB and hepatitis testing on entry and on request.\n4. Antiretroviral treatment without interruption, including on transfer and release.\n5. Needle and syringe programmes and opioid substitution where drug use occurs.\n\nPrison health staff and health ministry clinics share one treatment record, so that **continuity of care** does not depend on where the person is.`,
    '2025-01-27', ['HIV_PRISONS'], ['KE', 'MZ', 'MW'], [P('HIV-01'), P('HIV-02')], 'phaea'],
  [LL, 'Opioid substitution therapy must continue in custody', 'Interrupting opioid substitution therapy on arrest led to withdrawal, return to injecting and overdoses after release; continuing it in custody prevented them.',
    `Police custody and remand prisons had no protocol for people already on **opioid substitution therapy**. Treatment stopped at arrest.\n\n- A protocol now lets police call the treating clinic and bring the daily dose.\n- Prisons continue the dose on entry and plan continuation with a community clinic before release.\n- Overdose prevention, including naloxone, is part of release planning.`,
    '2024-08-22', ['HIV_PRISONS', 'ILLICIT_COMMODITIES'], ['KE', 'KG', 'TJ'], [P('HIV-01'), P('DRG-03')], 'who'],
  [BP, 'Marking firearms at import and at transfer from state stocks', 'Marking every firearm at import and when it leaves state stocks made tracing possible, including tracing requests across borders.',
    `The Firearms Protocol asks for a **unique marking** on every firearm. The project supplied marking machines and trained staff at the import warehouse and at the central armoury.\n\n- Each marking is recorded in one electronic register, kept for at least ten years.\n- Tracing requests from neighbouring countries are answered from the register within days.\n- Surplus and seized weapons are marked before destruction, so that the record is complete.`,
    '2025-05-09', ['ILLICIT_COMMODITIES'], ['ME', 'AL'], [P('FIR-02')], 'unodc'],
  [LL, 'Corruption risk assessments work when the institution owns them', 'Risk assessments written by outside consultants were filed away; those run by the institution\'s own staff led to changed procedures.',
    `In procurement agencies the first **corruption risk assessments** were done by consultants. Their reports were accurate but nothing changed.\n\nThe second round trained a team of the agency's own staff to map processes, rate risks and propose controls. Managers adopted most proposals because their staff had made them.\n\nLesson: fund the method and the coaching, not the report.`,
    '2025-03-17', ['CORRUPTION'], ['TH', 'KH'], [Q('COR-03')], 'undp'],
  [BP, 'A crime and conflict observatory with local data', 'An observatory that combines police records with reports from local partners gives peacebuilding planners a shared picture of illicit markets in the border area.',
    `The observatory publishes a **quarterly brief** on violence, illicit markets and the armed groups involved, for the municipalities along the border area.\n\n- Local universities collect and check the data.\n- Police and civil society see the same maps.\n- Each brief ends with what changed and what to watch.`,
    '2025-11-03', ['CONFLICT_CRIME'], ['HT', 'DO'], [Q('CCR-02')], 'ctcs'],
  [LL, 'Disengagement programmes in prison need release planning', 'Work with violent extremist prisoners lost its effect when release came without housing, work or a contact person outside.',
    `Prison-based **disengagement** programmes showed progress in custody, but gains were lost after release.\n\nWhat the project changed:\n- release planning starts six months before the release date;\n- probation services and community organisations meet the person before release;\n- families are involved where it is safe.`,
    '2024-07-11', ['TERRORISM_PREVENTION'], ['CM', 'NG'], [P('TER-04')], 'unoct'],
];

type Note = [title: string, body: string, notedOn: string, focusAreas: string[], countries: string[], sources: { title: string; url: string | null }[], author: string];

const NOTES: Note[] = [
  ['Smuggling routes shift towards remote desert tracks', 'Demo analysis: as checks on the main northern corridor increased, the projects\' partners report smuggling of migrants moving to remote tracks, with longer journeys, higher prices and more deaths in the desert. Search and rescue and protection screening need to follow the routes.', '2026-10-20', ['TIP_SOM'], ['NE', 'ML'], [{ title: 'Partner field reports, third quarter', url: null }], 'iom'],
  ['Online recruitment precedes most referred trafficking cases', 'Demo analysis: in cases referred by the hotline, first contact with recruiters increasingly happened through social media job offers. Prevention messages and cooperation with platforms matter more than before.', '2026-09-02', ['TIP_SOM'], ['CI', 'GH', 'NG'], [{ title: 'Referral hotline case log', url: null }, { title: 'UNODC Global Report on Trafficking in Persons', url: 'https://www.unodc.org/unodc/en/data-and-analysis/glotip.html' }], 'wanvs'],
  ['Converted alarm pistols reappear in seizures', 'Demo analysis: seizures at border crossings include more alarm and signal pistols converted to fire live ammunition. Marking and registering such weapons, and training officers to recognise them, closes the gap.', '2026-08-14', ['ILLICIT_COMMODITIES'], ['RS', 'BA', 'ME'], [{ title: 'Seizure records of the partner border police', url: null }], 'unodc'],
  ['Synthetic drugs appear alongside opiates on the northern route', 'Demo analysis: interdiction teams report more seizures of synthetic drugs and precursor chemicals next to heroin and cannabis. Testing kits and precursor control at dry ports become more important.', '2026-07-01', ['ILLICIT_COMMODITIES'], ['TJ', 'KZ', 'KG'], [{ title: 'Interdiction team seizure summaries', url: null }], 'unodc'],
  ['Hepatitis C testing in prisons lags behind HIV testing', 'Demo analysis: HIV testing on entry now reaches most people admitted to the partner prisons, but hepatitis C testing remains rare although treatment has become simpler. Adding it to the entry screening costs little.', '2026-11-05', ['HIV_PRISONS'], ['MZ', 'MW', 'KE'], [{ title: 'Prison health information system, quarterly data', url: null }], 'phaea'],
  ['Remand population growth strains prison health services', 'Demo analysis: longer pre-trial detention raises prison populations faster than health staff can follow. Alternatives to pre-trial detention for minor offences would ease both overcrowding and the spread of TB.', '2026-10-01', ['HIV_PRISONS'], ['KE'], [{ title: 'Prison service population statistics', url: null }], 'who'],
  ['Procurement fraud moves to emergency contracting', 'Demo analysis: corruption risks concentrate in contracts awarded under emergency procedures, where competition and publication are reduced. Publishing emergency contracts afterwards is a simple safeguard.', '2026-06-18', ['CORRUPTION'], ['TH', 'KH', 'VN'], [{ title: 'Procurement audit findings shared by partner agencies', url: null }], 'undp'],
  ['Illicit gold finances armed groups in border areas', 'Demo analysis: informal gold mining and smuggling are a growing source of income for armed groups. Traceability of gold and financial investigations into buyers are needed alongside rural justice.', '2026-09-25', ['CONFLICT_CRIME'], ['CF', 'CO'], [{ title: 'Observatory quarterly brief', url: null }], 'ctcs'],
];

export async function seedDemoKnowledge(em: EntityManager, keys: Keys): Promise<void> {
  for (const [kind, title, summary, body, publishedOn, focusAreas, countries, projects, author] of ITEMS) {
    await createKnowledgeItem(em, { kind, title, summary, body, publishedOn, focusAreas, countries, projectIds: projects.map(keys.project), authorOrganisationId: keys.organisation(author) });
  }
  for (const [title, body, notedOn, focusAreas, countries, sources, author] of NOTES) {
    await createTrendNote(em, { title, body, notedOn, focusAreas, countries, sources, authorOrganisationId: keys.organisation(author) });
  }
}
