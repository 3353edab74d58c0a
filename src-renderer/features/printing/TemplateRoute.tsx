import { useEffect } from 'react';
import { PRINT_TEMPLATE_KINDS, type PrintTemplateKind } from '../../../src-shared/api/printing';
import { subpagePath } from './paths';
import { TemplateEditor } from './TemplateEditor';
import { usePrintTemplatesStore } from './templates-store';

function isKind(text: string | undefined): text is PrintTemplateKind {
  return PRINT_TEMPLATE_KINDS.some((kind) => kind === text);
}

// #/printing/templates/12 and #/printing/templates/new/letter. The editor starts again from each saved version,
// so a reload after a conflict shows what the other desk saved.
export function TemplateRoute({ target, kind }: { target: string; kind: string | undefined }) {
  const { templates, loaded, load } = usePrintTemplatesStore();
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);

  if (target === 'new' && isKind(kind)) return <TemplateEditor key={`new-${kind}`} template={null} kind={kind} />;
  const template = templates.find((item) => String(item.id) === target);
  if (template) return <TemplateEditor key={`${template.id}-${template.version}`} template={template} kind={template.kind} />;
  return loaded ? (
    <p className="notice" role="alert">
      این قالب پیدا نشد؛ شاید حذف شده باشد. <a href={`#${subpagePath('templates')}`}>بازگشت به قالب‌ها</a>
    </p>
  ) : (
    <p className="muted" role="status">
      در حال بارگذاری…
    </p>
  );
}
