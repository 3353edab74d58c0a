import type { PanelConfig } from '../../../src-shared/api/sms-panels';
import type { PanelGateway } from '../ports';
import { createGenericPanel } from './generic-panel';
import type { PanelHttpOptions } from './http';
import { createKavenegarPanel } from './kavenegar';

export function createPanelGateway(config: PanelConfig, options?: PanelHttpOptions): PanelGateway {
  switch (config.provider) {
    case 'kavenegar':
      return createKavenegarPanel(config, options);
    case 'generic':
      return createGenericPanel(config, options);
  }
}
