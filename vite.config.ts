import type { Plugin, UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

// Flow's client is GWT code whose bootstrap starts the client on DOMContentLoaded or, when that event has already
// passed, on the first tick of a 50 ms timer that looks at document.readyState (gwtproject/gwt#9534). Flow loads
// the client long after the event, so every page load waited up to 50 ms with nothing to do. The client now also
// checks once straight away. The build fails if Vaadin's client no longer holds that timer, so an upgrade gets a look.
const GWT_BODY_WAIT = 'var Hb=setInterval(function(){if(/loaded|complete/.test(mb.readyState)){Ib()}},kb)}';
const GWT_BODY_CHECK_NOW = 'if(/loaded|complete/.test(mb.readyState)){Ib()}';

function flowClientStartsAtOnce(): Plugin {
  return {
    name: 'flow-client-starts-at-once',
    transform(code, id) {
      if (!id.split('?')[0].endsWith('/FlowClient.js')) {
        return null;
      }
      if (!code.includes(GWT_BODY_WAIT)) {
        this.error(`FlowClient.js no longer waits the way vite.config.ts expects (${GWT_BODY_WAIT}): see docs/NOTES.md`);
      }
      return { code: code.replace(GWT_BODY_WAIT, `${GWT_BODY_WAIT.slice(0, -1)};${GWT_BODY_CHECK_NOW}}`), map: null };
    },
  };
}

const customConfig: UserConfigFn = () => ({
  plugins: [flowClientStartsAtOnce()],
});

export default overrideVaadinConfig(customConfig);
