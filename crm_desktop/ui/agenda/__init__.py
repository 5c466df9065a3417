"""The agenda: tasks, calls, visits and meetings."""
