/** The parts of echarts the insight pages draw with, in one chunk loaded on first use (tree-shaken: not the whole library). */
import { init, use } from 'echarts/core';
import { LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([SankeyChart, LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { init };
