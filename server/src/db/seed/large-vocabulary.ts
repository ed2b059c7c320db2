/**
 * Word lists for the generated large portfolio. Every code here exists in the reference lists under
 * db/reference; the generator checks that before writing anything.
 */

/** Recipient countries, most-funded first: a handful of countries receive most of the work. */
export const RECIPIENTS: { code: string; name: string; region: string }[] = [
  { code: 'NG', name: 'Nigeria', region: 'West Africa' },
  { code: 'KE', name: 'Kenya', region: 'East Africa' },
  { code: 'CO', name: 'Colombia', region: 'Latin America' },
  { code: 'AF', name: 'Afghanistan', region: 'Central and South Asia' },
  { code: 'ML', name: 'Mali', region: 'West Africa' },
  { code: 'NE', name: 'Niger', region: 'West Africa' },
  { code: 'PK', name: 'Pakistan', region: 'Central and South Asia' },
  { code: 'SO', name: 'Somalia', region: 'East Africa' },
  { code: 'MX', name: 'Mexico', region: 'Latin America' },
  { code: 'ID', name: 'Indonesia', region: 'South-East Asia' },
  { code: 'UA', name: 'Ukraine', region: 'South-East Europe' },
  { code: 'TD', name: 'Chad', region: 'West Africa' },
  { code: 'ET', name: 'Ethiopia', region: 'East Africa' },
  { code: 'GT', name: 'Guatemala', region: 'Latin America' },
  { code: 'TJ', name: 'Tajikistan', region: 'Central and South Asia' },
  { code: 'BF', name: 'Burkina Faso', region: 'West Africa' },
  { code: 'VN', name: 'Viet Nam', region: 'South-East Asia' },
  { code: 'PE', name: 'Peru', region: 'Latin America' },
  { code: 'TZ', name: 'Tanzania', region: 'East Africa' },
  { code: 'UG', name: 'Uganda', region: 'East Africa' },
  { code: 'RS', name: 'Serbia', region: 'South-East Europe' },
  { code: 'KZ', name: 'Kazakhstan', region: 'Central and South Asia' },
  { code: 'HT', name: 'Haiti', region: 'Latin America' },
  { code: 'PH', name: 'Philippines', region: 'South-East Asia' },
  { code: 'GH', name: 'Ghana', region: 'West Africa' },
  { code: 'MZ', name: 'Mozambique', region: 'East Africa' },
  { code: 'EG', name: 'Egypt', region: 'Middle East and North Africa' },
  { code: 'IQ', name: 'Iraq', region: 'Middle East and North Africa' },
  { code: 'BD', name: 'Bangladesh', region: 'Central and South Asia' },
  { code: 'HN', name: 'Honduras', region: 'Latin America' },
  { code: 'CI', name: "Côte d'Ivoire", region: 'West Africa' },
  { code: 'TN', name: 'Tunisia', region: 'Middle East and North Africa' },
  { code: 'KG', name: 'Kyrgyzstan', region: 'Central and South Asia' },
  { code: 'UZ', name: 'Uzbekistan', region: 'Central and South Asia' },
  { code: 'MM', name: 'Myanmar', region: 'South-East Asia' },
  { code: 'SN', name: 'Senegal', region: 'West Africa' },
  { code: 'BA', name: 'Bosnia and Herzegovina', region: 'South-East Europe' },
  { code: 'MK', name: 'North Macedonia', region: 'South-East Europe' },
  { code: 'AL', name: 'Albania', region: 'South-East Europe' },
  { code: 'LB', name: 'Lebanon', region: 'Middle East and North Africa' },
  { code: 'JO', name: 'Jordan', region: 'Middle East and North Africa' },
  { code: 'MA', name: 'Morocco', region: 'Middle East and North Africa' },
  { code: 'KH', name: 'Cambodia', region: 'South-East Asia' },
  { code: 'LA', name: "Lao People's Democratic Republic", region: 'South-East Asia' },
  { code: 'TH', name: 'Thailand', region: 'South-East Asia' },
  { code: 'MW', name: 'Malawi', region: 'East Africa' },
  { code: 'CM', name: 'Cameroon', region: 'West Africa' },
  { code: 'CF', name: 'Central African Republic', region: 'West Africa' },
  { code: 'DO', name: 'Dominican Republic', region: 'Latin America' },
  { code: 'EC', name: 'Ecuador', region: 'Latin America' },
  { code: 'BO', name: 'Bolivia', region: 'Latin America' },
  { code: 'ME', name: 'Montenegro', region: 'South-East Europe' },
  { code: 'MD', name: 'Moldova', region: 'South-East Europe' },
  { code: 'LK', name: 'Sri Lanka', region: 'Central and South Asia' },
  { code: 'NP', name: 'Nepal', region: 'Central and South Asia' },
];

export const LEAD_AGENCIES: { name: string; acronym: string }[] = [
  { name: 'Office for Justice and Crime Prevention', acronym: 'OJCP' },
  { name: 'Development Cooperation Office', acronym: 'DCO' },
  { name: 'Agency for Gender Equality', acronym: 'AGE' },
  { name: 'Migration and Mobility Office', acronym: 'MMO' },
  { name: 'Human Rights Office', acronym: 'HRO' },
  { name: 'Counter-Terrorism Office', acronym: 'CTO' },
  { name: 'Health in Detention Programme', acronym: 'HDP' },
  { name: 'Crime Research Institute', acronym: 'CRI' },
];

/** Donors, largest first. The first few fund most programmes. IATI type 10 government, 40 multilateral, 60 foundation. */
export const DONORS: { name: string; acronym: string; iatiType: string }[] = [
  { name: 'Northland Agency for International Development', acronym: 'NAID', iatiType: '10' },
  { name: 'Union Fund for Security and Justice', acronym: 'UFSJ', iatiType: '40' },
  { name: 'Westmark Ministry of Foreign Affairs', acronym: 'WMFA', iatiType: '10' },
  { name: 'Eastvale Development Cooperation', acronym: 'EDC', iatiType: '10' },
  { name: 'Southern Cross Aid Programme', acronym: 'SCAP', iatiType: '10' },
  { name: 'Multi-Partner Trust for Peace', acronym: 'MPTP', iatiType: '40' },
  { name: 'Alpine Agency for Development', acronym: 'AAD', iatiType: '10' },
  { name: 'Lakeland Foreign Office', acronym: 'LFO', iatiType: '10' },
  { name: 'Harbour Foundation', acronym: 'HF', iatiType: '60' },
  { name: 'Global Justice Fund', acronym: 'GJF', iatiType: '40' },
  { name: 'Fjordland Development Agency', acronym: 'FDA', iatiType: '10' },
  { name: 'Coastal States Aid Office', acronym: 'CSAO', iatiType: '10' },
  { name: 'Meridian Foundation', acronym: 'MF', iatiType: '60' },
  { name: 'Highland Ministry of Development', acronym: 'HMD', iatiType: '10' },
  { name: 'Rule of Law Trust Fund', acronym: 'RLTF', iatiType: '40' },
  { name: 'Riverside Cooperation Agency', acronym: 'RCA', iatiType: '10' },
  { name: 'Island States Development Office', acronym: 'ISDO', iatiType: '10' },
  { name: 'Open Society Grants', acronym: 'OSG', iatiType: '60' },
  { name: 'Plains Ministry of Foreign Affairs', acronym: 'PMFA', iatiType: '10' },
  { name: 'Continental Security Fund', acronym: 'CSF', iatiType: '40' },
];

export const PARTNER_KINDS: { kind: 'GOVERNMENT' | 'LAW_ENFORCEMENT' | 'NGO' | 'ACADEMIC'; iatiType: string; name: (country: string) => string }[] = [
  { kind: 'GOVERNMENT', iatiType: '10', name: (c) => `Ministry of Justice of ${c}` },
  { kind: 'LAW_ENFORCEMENT', iatiType: '10', name: (c) => `National Police of ${c}` },
  { kind: 'LAW_ENFORCEMENT', iatiType: '10', name: (c) => `Office of the Prosecutor General of ${c}` },
  { kind: 'NGO', iatiType: '22', name: (c) => `${c} Legal Aid Network` },
];

export const FOCUS_AREAS: {
  code: string;
  theme: string;
  instruments: string[];
  sdgs: string[];
  sectors: string[];
  outcomes: string[];
  outputs: string[];
  activities: string[];
  indicators: string[];
}[] = [
  {
    code: 'TIP_SOM',
    theme: 'trafficking in persons and smuggling of migrants',
    instruments: ['UNTOC', 'UNTOC_TIP', 'UNTOC_SOM'],
    sdgs: ['16.2', '5.2', '8.7', '10.7'],
    sectors: ['15130', '15190', '15180'],
    outcomes: ['Trafficking cases are investigated and prosecuted in line with the Protocol', 'Victims are identified and referred to assistance'],
    outputs: ['Investigators and prosecutors trained on trafficking cases', 'Referral procedures adopted', 'Joint investigation teams set up'],
    activities: ['Deliver national training workshops', 'Draft referral procedures with ministries', 'Convene cross-border case meetings'],
    indicators: ['Trafficking cases brought to court', 'Victims referred to assistance', 'Practitioners trained'],
  },
  {
    code: 'ILLICIT_COMMODITIES',
    theme: 'illicit flows of firearms and drugs',
    instruments: ['UNTOC', 'UNTOC_FIREARMS', 'SINGLE_1961', 'TRAFFICKING_1988'],
    sdgs: ['16.4', '16.1', '3.5'],
    sectors: ['15210', '15240', '16063'],
    outcomes: ['Border officers detect and seize illicit goods', 'Legislation complies with the Firearms Protocol'],
    outputs: ['Border officials trained in risk profiling', 'Firearms registers set up', 'Legislative gap analysis completed'],
    activities: ['Run detection training at border points', 'Support marking campaigns', 'Hold a validation workshop'],
    indicators: ['Seizures at supported border points', 'Firearms marked and registered', 'Risk-profiled containers inspected (%)'],
  },
  {
    code: 'CORRUPTION',
    theme: 'corruption prevention and prosecution',
    instruments: ['UNCAC'],
    sdgs: ['16.5', '16.6', '16.4'],
    sectors: ['15113', '15130'],
    outcomes: ['Anti-corruption bodies investigate and prosecute effectively', 'Review recommendations are implemented'],
    outputs: ['Investigators trained on financial investigations', 'Asset declaration system operational', 'Anti-corruption strategy updated'],
    activities: ['Deliver financial investigation courses', 'Configure the e-declaration system', 'Facilitate the strategy consultation'],
    indicators: ['Corruption cases adjudicated', 'Asset declarations verified', 'Conviction rate in corruption cases (%)'],
  },
  {
    code: 'TERRORISM_PREVENTION',
    theme: 'terrorism prevention under the rule of law',
    instruments: ['TERROR_BOMBINGS_1997', 'TERROR_FINANCING_1999', 'TERROR_HOSTAGES_1979'],
    sdgs: ['16.a', '16.3', '16.1'],
    sectors: ['15130', '15210', '15160'],
    outcomes: ['Terrorism cases are handled under the rule of law', 'Legal frameworks incorporate the universal instruments'],
    outputs: ['Prosecutors trained on the universal instruments', 'Mutual legal assistance requests processed', 'Draft legislation reviewed'],
    activities: ['Deliver training on the universal instruments', 'Set up a central authority desk', 'Provide legislative drafting support'],
    indicators: ['Terrorism cases adjudicated', 'Requests for legal assistance processed', 'Suspects tried within time limits (%)'],
  },
  {
    code: 'HIV_PRISONS',
    theme: 'HIV prevention and treatment in prisons',
    instruments: [],
    sdgs: ['3.3', '3.8', '16.3'],
    sectors: ['13040', '15137', '12250'],
    outcomes: ['People in prison use HIV services', 'Prison health policies follow international standards'],
    outputs: ['Prison health staff trained', 'Prison health services supplied', 'National prison health protocol drafted'],
    activities: ['Train prison health staff', 'Procure test kits', 'Draft the protocol with the health ministry'],
    indicators: ['People in prison tested for HIV', 'Prisons with uninterrupted supply', 'Prisons applying the protocol (%)'],
  },
  {
    code: 'CONFLICT_CRIME',
    theme: 'organized crime in conflict settings',
    instruments: ['UNTOC'],
    sdgs: ['16.1', '16.4', '16.a'],
    sectors: ['15220', '15130', '15210'],
    outcomes: ['Decision makers use evidence on crime and conflict', 'Communities and authorities cooperate against organized crime'],
    outputs: ['Crime observatory publishes analyses', 'Analysts trained', 'Community security forums set up'],
    activities: ['Collect and analyse incident data', 'Run an analysis fellowship', 'Facilitate forum meetings'],
    indicators: ['Threat assessments used in planning', 'Analytical reports published', 'Forums meeting regularly'],
  },
];

export const PROJECT_VERBS = ['Strengthening', 'Supporting', 'Building capacity for', 'Improving', 'Advancing', 'Enhancing'];
