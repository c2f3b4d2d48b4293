package vn.dvc.sim;

/** State a part of the simulator keeps in memory that {@code POST /sim/reset} forgets (between tests). */
public interface SimState {

    void clear();
}
