"""Stage 3, the `Line`s of one document or item -> its records: attendees (`attendance`), resolutions,
decisions and actions (`resolutions`, `decisions`, `actions`, `action_log`), Ofsted findings
(`findings`) and dates (`dates`), each with the vocabularies of its concern beside it."""
