import type { Interaction } from '../../../src-shared/api/interactions';
import { interactionDirectionLabels, interactionMethodLabels } from '../../../src-shared/i18n/ui-fa';

// Built-in methods are stored by key; methods an office typed itself, as typed.
export function methodLabel(method: string): string {
  return interactionMethodLabels[method as keyof typeof interactionMethodLabels] ?? method;
}

// «تماس تلفنی ورودی، توسط سارا احمدی، از طرف شرکت نمونه»
export function interactionLine(interaction: Interaction): string {
  return [
    interaction.direction ? `${methodLabel(interaction.method)} ${interactionDirectionLabels[interaction.direction]}` : methodLabel(interaction.method),
    interaction.userName ? `توسط ${interaction.userName}` : null,
    interaction.companyName ? `در نقش «${interaction.companyName}»` : null,
  ]
    .filter(Boolean)
    .join('، ');
}
