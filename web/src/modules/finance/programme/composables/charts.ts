import { use } from 'echarts/core';
import { LineChart, SankeyChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only what the finance charts draw, so the rest of echarts stays out of the bundle. SVG keeps text crisp
// at any zoom and prints well.
use([SankeyChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

/** Colours from the app's palette that keep 3:1 contrast against the white panel. */
export const CHART_COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'];

/** A decimal string as a plotting coordinate. Only geometry uses it; every figure shown comes from the string. */
export const toCoordinate = (amount: string | null | undefined): number | null => (amount === null || amount === undefined ? null : Number(amount));
