import { describe, expect, it } from 'vitest';
import { manifests } from '../features/index.js';
import { auditEntityLabel, declaredAuditEntities, registerAuditEntities } from './entities.js';

describe('audit entities', () => {
  it('are each declared by one feature, with a Danish and an English label', () => {
    const declared = manifests.flatMap((m) => Object.keys(m.auditEntities));
    expect(new Set(declared).size).toBe(declared.length);
    expect(declaredAuditEntities().sort()).toEqual([...declared].sort());
    for (const entity of declared) {
      const label = auditEntityLabel(entity);
      expect(label.da, entity).toMatch(/\S/);
      expect(label.en, entity).toMatch(/\S/);
      expect(label.da, entity).not.toBe(entity);
    }
    expect(auditEntityLabel('plan_pdf')).toEqual({ da: 'Plan (PDF)', en: 'Plan (PDF)' });
  });

  it('refuses a second feature declaring an entity another already does', () => {
    const twice = [
      { name: 'plans', auditEntities: { goal: { da: 'Mål', en: 'Goal' } } },
      { name: 'goals-again', auditEntities: { goal: { da: 'Mål igen', en: 'Goal again' } } },
    ];
    expect(() => registerAuditEntities(twice)).toThrow(/'goal' is declared by both plans and goals-again/);
    expect(auditEntityLabel('goal').da).toBe('Mål');
  });
});
