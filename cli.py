"""minutebook's command line: parses options, calls one library function, turns library errors
into one-sentence messages. Heavy libraries are imported inside the commands that need them."""
from __future__ import annotations

import json
import sys

import click

from extract.errors import ExtractError


def emit_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", envvar="MINUTEBOOK_HOME", default="minutebook-data", show_default=True,
              type=click.Path(file_okay=False), help="Where the store and index live.")
@click.pass_context
def main(ctx: click.Context, home: str) -> None:
    """minutebook: search and act on what a council's committees minuted."""
    ctx.obj = {"home": home}


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the extraction as one JSON document.")
def extract(file: str, as_json: bool) -> None:
    """Parse one PDF / .txt / .md / .html FILE and print what was extracted. Writes nothing."""
    from extract.pipeline import extract_file
    from extract.summary import extraction_to_text

    try:
        result = extract_file(file)
    except ExtractError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        emit_json(result.to_dict())
    else:
        click.echo(extraction_to_text(result))


if __name__ == "__main__":
    sys.exit(main())
