"""The action register: stored extractions -> every minuted action with its status, owner and due
date, read from later minutes of the same body (`assemble`), hand-set statuses kept beside the store
(`hand_status`), and the views the CLI and the web page show (`commands`, `text`)."""
