/**
 * Types for writing the raw tags in TSX (`<shg-help-panel nation="wales" />`) without the
 * wrappers, as React 19 supports custom elements natively. Importing anything from
 * `self-harm-guidance/react` brings these in; with only the tags, add
 * `import type {} from 'self-harm-guidance/react';` once.
 *
 * Types only: this module has no runtime code.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ShgActionPlan, ShgExpectations, ShgGuidance, ShgHelpPanel, ShgQuickExit, ShgStatement, ShgExitEvent } from '../elements/index.js';
import type { ShgAssessmentChangeEvent, ShgSelfAssessment } from '../elements/self-assessment/self-assessment.js';

/**
 * What a tag accepts in JSX: React's HTML attributes, the element's own properties (React 19
 * sets a prop the element has as a property), their attribute spellings, and `on<event>`
 * listeners named as React 19 expects for custom events.
 */
export type ShgElementProps<E extends HTMLElement, Properties extends keyof E, Attributes = object, Events = object> = DetailedHTMLProps<
  HTMLAttributes<E>,
  E
> &
  Partial<Pick<E, Properties>> &
  Attributes &
  Events;

/** The heading level attribute, as written in HTML (`heading-level="3"`). */
export interface HeadingLevelAttribute {
  'heading-level'?: number | string;
}

/** `<shg-help-panel>` in JSX. */
export type ShgHelpPanelProps = ShgElementProps<
  ShgHelpPanel,
  'label' | 'nation' | 'age' | 'headingLevel' | 'localServices',
  HeadingLevelAttribute,
  { 'onshg-local-services-ready'?: (event: Event) => void }
>;

/** `<shg-guidance>` in JSX. */
export type ShgGuidanceProps = ShgElementProps<ShgGuidance, 'setting' | 'audience' | 'age' | 'headingLevel', HeadingLevelAttribute>;

/** `<shg-expectations>` in JSX. */
export type ShgExpectationsProps = ShgElementProps<ShgExpectations, 'audience' | 'setting' | 'headingLevel', HeadingLevelAttribute>;

/** `<shg-statement>` in JSX. */
export type ShgStatementProps = ShgElementProps<ShgStatement, 'query' | 'expanded' | 'headingLevel', HeadingLevelAttribute>;

/** `<shg-quick-exit>` in JSX. */
export type ShgQuickExitProps = ShgElementProps<ShgQuickExit, 'href' | 'sticky', object, { 'onshg-exit'?: (event: ShgExitEvent) => void }>;

/** `<shg-action-plan>` in JSX. */
export type ShgActionPlanProps = ShgElementProps<
  ShgActionPlan,
  'plan' | 'headingLevel' | 'statusFilter' | 'ageFilter',
  HeadingLevelAttribute & { 'status-filter'?: string; 'age-filter'?: string },
  { 'onshg-plan-ready'?: (event: Event) => void }
>;

/** `<shg-self-assessment>` in JSX. */
export type ShgSelfAssessmentProps = ShgElementProps<
  ShgSelfAssessment,
  'framework' | 'setting' | 'headingLevel',
  HeadingLevelAttribute,
  { 'onshg-assessment-change'?: (event: ShgAssessmentChangeEvent) => void }
>;

/** Every tag this package defines, with its JSX props. */
export interface ShgIntrinsicElements {
  'shg-help-panel': ShgHelpPanelProps;
  'shg-guidance': ShgGuidanceProps;
  'shg-expectations': ShgExpectationsProps;
  'shg-statement': ShgStatementProps;
  'shg-quick-exit': ShgQuickExitProps;
  'shg-action-plan': ShgActionPlanProps;
  'shg-self-assessment': ShgSelfAssessmentProps;
}

// Augmenting React's own JSX namespace is the only way TypeScript lets a library add intrinsic
// elements (@types/react 18.2.7 and later; their global JSX extends this one).
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ShgIntrinsicElements {}
  }
}
