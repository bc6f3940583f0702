// Drag a node to move it by hand. Dragging stops a running layout (it would pull the node back)
// and freezes sigma's framing, or the whole drawing would rescale under the pointer.
import type Sigma from 'sigma';
import type { ViewerEdge, ViewerGraph, ViewerNode } from './viewerGraph.ts';

export function enableNodeDragging(graph: ViewerGraph, renderer: Sigma<ViewerNode, ViewerEdge>, onDragStart: () => void): void {
  let dragged: string | null = null;
  let moved = false;

  renderer.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
  });

  renderer.getMouseCaptor().on('mousemovebody', (event) => {
    if (!dragged) return;
    if (!moved) {
      moved = true;
      onDragStart();
      renderer.setCustomBBox(renderer.getBBox());
    }
    const position = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    // Keep the camera still while a node is held.
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });

  const release = () => {
    dragged = null;
  };
  renderer.getMouseCaptor().on('mouseup', release);
  renderer.getMouseCaptor().on('mouseleave', release);
}

/** Lets sigma frame the whole drawing again (after a new layout). */
export function releaseFraming(renderer: Sigma<ViewerNode, ViewerEdge>): void {
  renderer.setCustomBBox(null);
}
