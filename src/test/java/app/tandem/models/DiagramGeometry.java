package app.tandem.models;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * What makes a diagram hard to read, measured on its DI: flows drawn on top of one another, flows drawn through a
 * task or event that is not theirs, labels over a shape, over another label or over a lane border, and how often
 * flows cross. Cockpit shows these diagrams to the people who run the processes.
 */
final class DiagramGeometry {

  /** Flows sharing a stretch of line longer than this (px) are drawn on top of one another. */
  private static final double OVERLAP = 5;

  record Box(String element, String name, double x, double y, double w, double h) {
    boolean intersects(Box other, double tolerance) {
      return x < other.x + other.w - tolerance && other.x < x + w - tolerance
          && y < other.y + other.h - tolerance && other.y < y + h - tolerance;
    }
  }

  record Segment(String flow, double x1, double y1, double x2, double y2) {
    boolean vertical() {
      return x1 == x2;
    }

    boolean horizontal() {
      return y1 == y2;
    }
  }

  private final List<String> problems = new ArrayList<>();
  private final Set<String> crossings = new LinkedHashSet<>();

  private DiagramGeometry(BpmnModelInstance model) {
    List<Box> shapes = new ArrayList<>();
    List<Box> lanes = new ArrayList<>();
    List<Box> labels = new ArrayList<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      if (element == null) {
        continue;
      }
      String name = element.getAttributeValue("name");
      Box box = box(element.getId(), name, shape.getBounds());
      if (element instanceof Lane) {
        lanes.add(box);
      } else if (element instanceof FlowNode && !(element instanceof SubProcess)) {
        shapes.add(box);
      }
      label(element.getId(), name, shape.getBpmnLabel()).ifPresent(labels::add);
    }
    List<Segment> segments = new ArrayList<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      BaseElement element = edge.getBpmnElement();
      if (element == null) {
        continue;
      }
      label(element.getId(), element.getAttributeValue("name"), edge.getBpmnLabel()).ifPresent(labels::add);
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      for (int i = 0; i + 1 < points.size(); i++) {
        Segment segment = new Segment(element.getId(), points.get(i).getX(), points.get(i).getY(),
            points.get(i + 1).getX(), points.get(i + 1).getY());
        segments.add(segment);
        if (element instanceof SequenceFlow flow) {
          passesThrough(segment, flow, shapes);
        }
      }
    }
    for (Box label : labels) {
      for (Box shape : shapes) {
        if (!shape.element().equals(label.element()) && label.intersects(shape, 1)) {
          problems.add("the label of " + label.element() + " (\"" + label.name() + "\") lies over " + shape.element());
        }
      }
      for (Box lane : lanes) {
        for (double border : new double[] {lane.y(), lane.y() + lane.h()}) {
          if (label.y() < border && border < label.y() + label.h() && label.x() < lane.x() + lane.w()
              && lane.x() < label.x() + label.w()) {
            problems.add("the label of " + label.element() + " (\"" + label.name() + "\") lies over the border of "
                + lane.element());
            break;
          }
        }
      }
    }
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        if (labels.get(i).intersects(labels.get(j), 1)) {
          problems.add("the labels of " + labels.get(i).element() + " and " + labels.get(j).element() + " overlap");
        }
      }
    }
    Set<String> overlapping = new LinkedHashSet<>();
    for (int i = 0; i < segments.size(); i++) {
      for (int j = i + 1; j < segments.size(); j++) {
        Segment a = segments.get(i);
        Segment b = segments.get(j);
        if (a.flow().equals(b.flow())) {
          continue;
        }
        if (overlap(a, b)) {
          overlapping.add(a.flow() + " and " + b.flow());
        } else if (cross(a, b)) {
          crossings.add(a.flow() + " × " + b.flow());
        }
      }
    }
    overlapping.forEach(pair -> problems.add("the flows " + pair + " are drawn on top of one another"));
  }

  static DiagramGeometry of(BpmnModelInstance model) {
    return new DiagramGeometry(model);
  }

  List<String> problems() {
    return problems;
  }

  Set<String> crossings() {
    return crossings;
  }

  private void passesThrough(Segment segment, SequenceFlow flow, List<Box> shapes) {
    for (Box shape : shapes) {
      if (shape.element().equals(flow.getSource().getId()) || shape.element().equals(flow.getTarget().getId())) {
        continue;
      }
      boolean through = segment.vertical()
          ? shape.x() + 1 < segment.x1() && segment.x1() < shape.x() + shape.w() - 1
              && Math.min(segment.y1(), segment.y2()) < shape.y() + shape.h() - 1
              && Math.max(segment.y1(), segment.y2()) > shape.y() + 1
          : segment.horizontal() && shape.y() + 1 < segment.y1() && segment.y1() < shape.y() + shape.h() - 1
              && Math.min(segment.x1(), segment.x2()) < shape.x() + shape.w() - 1
              && Math.max(segment.x1(), segment.x2()) > shape.x() + 1;
      if (through) {
        problems.add("the flow " + flow.getId() + " is drawn through " + shape.element());
      }
    }
  }

  private static boolean overlap(Segment a, Segment b) {
    if (a.vertical() && b.vertical() && a.x1() == b.x1()) {
      return Math.min(Math.max(a.y1(), a.y2()), Math.max(b.y1(), b.y2()))
          - Math.max(Math.min(a.y1(), a.y2()), Math.min(b.y1(), b.y2())) > OVERLAP;
    }
    if (a.horizontal() && b.horizontal() && a.y1() == b.y1()) {
      return Math.min(Math.max(a.x1(), a.x2()), Math.max(b.x1(), b.x2()))
          - Math.max(Math.min(a.x1(), a.x2()), Math.min(b.x1(), b.x2())) > OVERLAP;
    }
    return false;
  }

  /** Proper crossing: each segment has the other's ends strictly on both sides. */
  private static boolean cross(Segment a, Segment b) {
    double d1 = side(b, a.x1(), a.y1());
    double d2 = side(b, a.x2(), a.y2());
    double d3 = side(a, b.x1(), b.y1());
    double d4 = side(a, b.x2(), b.y2());
    return (d1 > 0 && d2 < 0 || d1 < 0 && d2 > 0) && (d3 > 0 && d4 < 0 || d3 < 0 && d4 > 0);
  }

  private static double side(Segment s, double x, double y) {
    return (y - s.y1()) * (s.x2() - s.x1()) - (s.y2() - s.y1()) * (x - s.x1());
  }

  private static Box box(String element, String name, Bounds bounds) {
    return new Box(element, name, bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
  }

  private static java.util.Optional<Box> label(String element, String name, BpmnLabel label) {
    if (label == null || label.getBounds() == null || name == null || name.isBlank()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(box(element, name, label.getBounds()));
  }
}
