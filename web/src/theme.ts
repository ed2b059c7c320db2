import { definePreset } from '@primeuix/themes';
import Aura from '@primeuix/themes/aura';

/**
 * Aura with a UN-like blue. The UN's own light blue (#009edb) is too pale for white text,
 * so buttons and links use the darker steps of the palette (sky 700 on white is 5.9:1).
 */
export const AccordPreset = definePreset(Aura, {
  semantic: {
    primary: {
      50: '{sky.50}',
      100: '{sky.100}',
      200: '{sky.200}',
      300: '{sky.300}',
      400: '{sky.400}',
      500: '{sky.500}',
      600: '{sky.600}',
      700: '{sky.700}',
      800: '{sky.800}',
      900: '{sky.900}',
      950: '{sky.950}',
    },
    colorScheme: {
      light: {
        primary: {
          color: '{primary.700}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.800}',
          activeColor: '{primary.900}',
        },
        highlight: {
          background: '{primary.50}',
          focusBackground: '{primary.100}',
          color: '{primary.800}',
          focusColor: '{primary.900}',
        },
      },
    },
  },
  components: {
    // Aura's red 500 reaches only 3.6–3.8:1 against white; archive and remove buttons need 4.5:1.
    button: {
      colorScheme: {
        light: {
          root: {
            danger: {
              background: '{red.700}',
              hoverBackground: '{red.800}',
              activeBackground: '{red.900}',
              borderColor: '{red.700}',
              hoverBorderColor: '{red.800}',
              activeBorderColor: '{red.900}',
              focusRing: { color: '{red.700}', shadow: 'none' },
            },
          },
          outlined: { danger: { color: '{red.700}', borderColor: '{red.300}' } },
          text: { danger: { color: '{red.700}' } },
        },
      },
    },
    // Aura's toasts put 600-step text on a see-through 50-step background: about 3:1, too pale to read. The
    // 800 steps on an opaque background pass 4.5:1.
    toast: {
      colorScheme: {
        light: {
          info: { background: '{blue.50}', color: '{blue.800}', closeButton: { focusRing: { color: '{blue.800}' } } },
          success: { background: '{green.50}', color: '{green.800}', closeButton: { focusRing: { color: '{green.800}' } } },
          warn: { background: '{yellow.50}', color: '{yellow.800}', closeButton: { focusRing: { color: '{yellow.800}' } } },
          error: { background: '{red.50}', color: '{red.800}', closeButton: { focusRing: { color: '{red.800}' } } },
        },
      },
    },
  },
});
