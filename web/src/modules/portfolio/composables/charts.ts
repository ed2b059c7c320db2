import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only what the dashboard's bar and line charts draw; the map registers its own parts when it loads. SVG keeps
// text crisp at any zoom and prints well, as the finance charts do.
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);
