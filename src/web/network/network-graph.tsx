import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useRef } from 'react';

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18 },
  },
  {
    selector: 'node[kind = "Counterpart"]',
    style: { 'background-color': '#b71c1c', width: 28, height: 28, 'font-size': 13, 'font-weight': 'bold' },
  },
  { selector: 'node[kind = "Leader"]', style: { 'background-color': '#f9a825', shape: 'diamond', width: 24, height: 24 } },
  { selector: 'node[kind = "Department"]', style: { 'background-color': '#1565c0', shape: 'round-rectangle' } },
  { selector: 'edge', style: { width: 1.5, 'line-color': '#90a4ae', 'curve-style': 'straight', opacity: 0.7 } },
  { selector: 'edge[kind = "GENERAL"]', style: { 'line-style': 'dashed', opacity: 0.25 } },
  { selector: 'edge[kind = "WORKING_CONTACT"]', style: { 'line-color': '#ef6c00', 'line-style': 'dotted' } },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#2e7d32', opacity: 1 } },
  { selector: 'edge.on-path', style: { width: 5, 'line-color': '#2e7d32', opacity: 1, 'z-index': 10 } },
];

/**
 * The network drawn by Cytoscape.js: counterparts in the middle ring, leaders and departments around
 * them, so that each liaison is a spoke. A path, when given, is drawn in green over the faded rest.
 */
export function NetworkGraph({ elements, path }: { elements: ElementDefinition[]; path: ElementDefinition[] }) {
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<Core | undefined>(undefined);

  useEffect(() => {
    if (container.current === null) return;
    const ring = (kind: unknown) => (kind === 'Counterpart' ? 3 : kind === 'Leader' ? 2 : 1);
    const cy = cytoscape({
      container: container.current,
      elements,
      style: STYLE,
      layout: {
        name: 'concentric',
        concentric: (node) => ring(node.data('kind')),
        levelWidth: () => 1,
        minNodeSpacing: 28,
        animate: false,
      },
      wheelSensitivity: 0.3,
    });
    graph.current = cy;
    container.current.dataset.nodes = String(cy.nodes().length);
    container.current.dataset.edges = String(cy.edges().length);
    return () => cy.destroy();
  }, [elements]);

  useEffect(() => {
    const cy = graph.current;
    if (cy === undefined) return;
    cy.elements('.path-added').remove();
    cy.elements().removeClass('on-path faded');
    if (path.length === 0) return;
    for (const element of path) {
      const id = String(element.data.id);
      const existing =
        element.data.source === undefined
          ? cy.getElementById(id)
          : cy.edges().filter((edge) => edge.data('source') === element.data.source && edge.data('target') === element.data.target);
      if (existing.length > 0) existing.addClass('on-path');
      else cy.add({ ...element, classes: 'on-path path-added' });
    }
    cy.elements().not('.on-path').addClass('faded');
    const added = cy.nodes('.path-added');
    if (added.length > 0) added.layout({ name: 'circle', boundingBox: { x1: 0, y1: 0, w: 200, h: 200 } }).run();
    if (container.current !== null) container.current.dataset.highlighted = String(cy.elements('.on-path').length);
  }, [path]);

  return (
    <div
      ref={container}
      data-testid="network-graph"
      style={{ height: 720, background: '#fff', border: '1px solid #f0f0f0', borderRadius: 8 }}
    />
  );
}
