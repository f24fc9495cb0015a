# bash completion for bersih
_bersih() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case $prev in
        -f|--format) COMPREPLY=($(compgen -W "text json jsonl" -- "$cur")); return ;;
        -I|--input-format) COMPREPLY=($(compgen -W "auto text jsonl ndjson csv json" -- "$cur")); return ;;
        --utf8) COMPREPLY=($(compgen -W "replace strict" -- "$cur")); return ;;
        --dedup) COMPREPLY=($(compgen -W "exact near" -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "id" -- "$cur")); return ;;
        --fail-over) COMPREPLY=($(compgen -W "rejected= failed= min-words= lang= max-residue= dedup-exact= dedup-near=" -- "$cur")); return ;;
        --out-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        -o|--output|--errors|--stats|--rejects|--rules) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --outlet)
            COMPREPLY=($(compgen -W "$(bersih --list-rules 2>/dev/null | awk '{print $5}' | tr ',' '\n' | grep -v '^\*$' | sort -u)" -- "$cur"))
            return ;;
        -j|--jobs|--delimiter|--text-field|--text-column|--title-field|--title-column|--id-field|--id-column|--url-field|--url-column|--date-field|--date-column|--outlet-field|--outlet-column|--glob|--meta-prefix|--max-record-bytes|--adapt-sample|--min-articles|--min-share|--prose-share|--memory|--near-threshold|--min-words|--max-residue)
            return ;;
    esac
    if [[ $COMP_CWORD -eq 1 && $cur != -* ]]; then
        COMPREPLY=($(compgen -W "learn" -- "$cur") $(compgen -f -- "$cur"))
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--format --output --out-dir --input-format --delimiter --text-field --text-column
            --title-field --title-column --id-field --id-column --url-field --url-column --date-field --date-column --outlet-field --outlet-column --glob --meta-prefix --jobs
            --errors --stats --strict --max-record-bytes --utf8 --progress
            --dedup --near-threshold --min-words --lang --max-residue --rejects --fail-over --explain --rules --outlet --list-rules --list-lexicon --check-rules
            --quiet --version --help --adapt --adapt-sample --min-articles --min-share --prose-share --memory" -- "$cur"))
        return
    fi
    COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _bersih bersih
